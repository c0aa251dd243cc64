/**
 * The SQL editor: CodeMirror 6 with SQL highlighting, completion of the snapshot's table and
 * column names (from its manifest), Ctrl/Cmd+Enter to run, and the place DuckDB's error points
 * at marked in the text. Tab is left to move focus (no tab-to-indent), so keyboard readers can
 * leave the editor.
 *
 * Editing commands, undo history and search are CodeMirror's own (@codemirror/commands and
 * @codemirror/search). Typing over a selection is dispatched by the editor rather than left to
 * the browser: Chromium's contenteditable editing writes style="" attributes, which the CSP
 * refuses.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { sql, StandardSQL, type SQLNamespace } from "@codemirror/lang-sql";
import { Compartment, Prec, StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, type DecorationSet } from "@codemirror/view";

const setError = StateEffect.define<number | null>();

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setError)) continue;
      if (effect.value === null) return Decoration.none;
      const doc = transaction.state.doc;
      const from = Math.min(effect.value, doc.length);
      const word = /^[\p{L}\p{N}_"]+/u.exec(doc.sliceString(from, from + 80))?.[0].length ?? 1;
      const to = Math.min(doc.length, from + Math.max(1, word));
      if (from >= to) return Decoration.none;
      return Decoration.set([Decoration.mark({ class: "wb-error-mark", attributes: { title: "出错处" } }).range(from, to)]);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface Editor {
  view: EditorView;
  getSql(): string;
  setSql(text: string): void;
  setSchema(schema: SQLNamespace, defaultSchema?: string): void;
  markError(position: number | undefined): void;
}

function language(schema: SQLNamespace): Extension {
  return sql({ dialect: StandardSQL, schema, upperCaseKeywords: true });
}

/** Typing over a selection done by the editor (outside IME composition), not by the browser. */
const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== "insertText" || event.isComposing || event.data === null) return false;
    if (view.state.selection.ranges.every((r) => r.empty)) return false;
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(event.data), { scrollIntoView: true, userEvent: "input.type" });
    return true;
  },
});

// CodeMirror writes its styles with style-mod, which uses a <style> element in a document (the
// CSP refuses it) but a constructable stylesheet in a shadow root (allowed). So the editor lives in
// a shadow root, with the workbench's own editor rules adopted there too.
const EDITOR_CSS = `
.cm-editor { min-height: 9rem; max-height: 24rem; font-size: 0.95rem; background: var(--bg); color: var(--fg); }
.cm-editor.cm-focused { outline: 3px solid var(--accent); outline-offset: 2px; }
.cm-scroller { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
.cm-gutters { background: var(--panel); color: var(--muted); border-right: 1px solid var(--rule); }
.cm-activeLine, .cm-activeLineGutter { background: color-mix(in srgb, var(--panel) 70%, transparent); }
.wb-error-mark { text-decoration: wavy underline var(--accent); background: color-mix(in srgb, var(--accent) 18%, transparent); }
`;

export function createEditor(host: HTMLElement, onRun: () => void): Editor {
  const languageSlot = new Compartment();
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(EDITOR_CSS);
  root.adoptedStyleSheets = [sheet];
  const parent = document.createElement("div");
  root.append(parent);
  const view = new EditorView({
    parent,
    root,
    doc: "",
    extensions: [
      Prec.highest(
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              onRun();
              return true;
            },
          },
        ]),
      ),
      lineNumbers(),
      drawSelection(),
      highlightActiveLine(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      autocompletion(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      history(),
      search({ top: true }),
      highlightSelectionMatches(),
      // No indentWithTab: Tab moves focus on, so keyboard readers can leave the editor.
      keymap.of([...closeBracketsKeymap, ...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap]),
      typeOverSelection,
      languageSlot.of(language({})),
      errorField,
      EditorView.lineWrapping,
      // tabindex makes explicit what contenteditable already does (the text is in the tab order),
      // so that axe sees a focusable element inside the editor's scrolling region.
      EditorView.contentAttributes.of({ "aria-label": "SQL 查询（Ctrl+Enter 或 ⌘+Enter 运行）", "aria-multiline": "true", tabindex: "0" }),
    ],
  });
  return {
    view,
    // Typing into contenteditable can leave no-break spaces; SQL wants plain ones.
    getSql: () => view.state.doc.toString().replace(/\u00a0/g, " "),
    setSql(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setSchema(schema) {
      view.dispatch({ effects: languageSlot.reconfigure(language(schema)) });
    },
    markError(position) {
      view.dispatch({
        effects: setError.of(position ?? null),
        ...(position === undefined ? {} : { selection: { anchor: Math.min(position, view.state.doc.length) }, scrollIntoView: true }),
      });
    },
  };
}

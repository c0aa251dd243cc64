/**
 * The SQL editor: CodeMirror 6 with SQL highlighting, completion of the snapshot's table and
 * column names (from its manifest), Ctrl/Cmd+Enter to run, and the place DuckDB's error points
 * at marked in the text. Tab is left to move focus (no tab-to-indent), so keyboard readers can
 * leave the editor.
 *
 * The "codemirror" package installed here is CodeMirror 5's legacy release, not CodeMirror 6's
 * basicSetup, and @codemirror/commands is not installed, so the setup is assembled from the 6.x
 * packages there are (view, state, language, autocomplete, lang-sql), with a small undo/redo and
 * Enter of its own; cursor movement and deletion are the browser's own contenteditable editing.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { sql, StandardSQL, type SQLNamespace } from "@codemirror/lang-sql";
import { Compartment, EditorSelection, Prec, StateEffect, StateField, findClusterBreak, type Extension } from "@codemirror/state";
import {
  Decoration,
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  type DecorationSet,
  type KeyBinding,
} from "@codemirror/view";

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

/** Undo and redo of whole texts (SQL is short), Enter keeping the line's indentation. */
function editing(): Extension {
  const undo: string[] = [];
  const redo: string[] = [];
  let restoring = false;
  const restore = (view: EditorView, from: string[], to: string[]) => {
    const text = from.pop();
    if (text === undefined) return false;
    to.push(view.state.doc.toString());
    restoring = true;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
    restoring = false;
    return true;
  };
  // Deleting by the editor, not by the browser: Chromium's own contenteditable deletion writes
  // style="" attributes to keep the look of what it removed, which the CSP refuses.
  const remove = (view: EditorView, forward: boolean) => {
    const { state } = view;
    view.dispatch(
      state.changeByRange((range) => {
        if (!range.empty) return { changes: { from: range.from, to: range.to }, range: EditorSelection.cursor(range.from) };
        const line = state.doc.lineAt(range.head);
        const inLine = range.head - line.from;
        const target = forward
          ? inLine < line.length
            ? line.from + findClusterBreak(line.text, inLine, true)
            : Math.min(state.doc.length, range.head + 1)
          : inLine > 0
            ? line.from + findClusterBreak(line.text, inLine, false)
            : Math.max(0, range.head - 1);
        const from = Math.min(range.head, target);
        const to = Math.max(range.head, target);
        return { changes: { from, to }, range: EditorSelection.cursor(from) };
      }),
      { scrollIntoView: true, userEvent: forward ? "delete.forward" : "delete.backward" },
    );
    return true;
  };
  const bindings: KeyBinding[] = [
    {
      key: "Mod-a",
      run: (view) => {
        view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } });
        return true;
      },
    },
    { key: "Backspace", run: (view) => remove(view, false) },
    { key: "Delete", run: (view) => remove(view, true) },
    { key: "Mod-z", run: (view) => restore(view, undo, redo) || true },
    { key: "Mod-y", run: (view) => restore(view, redo, undo) || true },
    { key: "Mod-Shift-z", run: (view) => restore(view, redo, undo) || true },
    {
      key: "Enter",
      run: (view) => {
        const line = view.state.doc.lineAt(view.state.selection.main.head);
        const indent = /^\s*/.exec(line.text)![0];
        view.dispatch(view.state.replaceSelection(`\n${indent}`), { scrollIntoView: true });
        return true;
      },
    },
  ];
  return [
    keymap.of(bindings),
    // Typing over a selection, likewise, is done by the editor (outside IME composition).
    EditorView.domEventHandlers({
      beforeinput(event, view) {
        if (event.inputType !== "insertText" || event.isComposing || event.data === null) return false;
        if (view.state.selection.ranges.every((r) => r.empty)) return false;
        event.preventDefault();
        view.dispatch(view.state.replaceSelection(event.data), { scrollIntoView: true, userEvent: "input.type" });
        return true;
      },
    }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged || restoring) return;
      undo.push(update.startState.doc.toString());
      if (undo.length > 200) undo.shift();
      redo.length = 0;
    }),
  ];
}

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
      keymap.of([...closeBracketsKeymap, ...completionKeymap]),
      editing(),
      languageSlot.of(language({})),
      errorField,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": "SQL 查询（Ctrl+Enter 或 ⌘+Enter 运行）", "aria-multiline": "true" }),
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

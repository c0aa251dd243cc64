/**
 * A chart's drawing as files a reader keeps: the picture that stands alone (src/lib/charts/
 * picture.ts: title, dates, snapshot, notes, sources and where the chart lives drawn in) as SVG,
 * and as PNG, which only a browser can make (the SVG drawn on a canvas at twice its size). The
 * SQL workbench's quick chart saves its PNG through pngBlob too.
 */
import { standaloneSvg, type Picture } from "../charts/picture.ts";
import { download } from "./workbench/download.ts";

/** The SVG drawn on a canvas, as PNG bytes. */
export async function pngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the CSP's img-src allows (blob: images it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("PNG 未能生成");
  return blob;
}

const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * The figure's picture, from what it shows now: the drawing (the wide one as built, or the
 * redrawn one), and the caption, dates, note on disagreeing figures and sources around it;
 * `address` is the chart's page with the choices shown, as a reader would share it.
 */
export function figurePicture(figure: HTMLElement, address: string): Picture | undefined {
  const drawing = figure.querySelector(".chart-wide > *") ?? figure.querySelector(".chart-draw .chart-svg > *");
  if (!drawing) return undefined;
  const disagreement = figure.querySelector<HTMLElement>(".chart-disagreement");
  return standaloneSvg(drawing, {
    title: text(figure.querySelector(".chart-caption")),
    when: text(figure.querySelector(".chart-periods")).replace(/^（|）$/g, ""),
    notes: disagreement && !disagreement.hidden ? [text(disagreement)] : [],
    sources: text(figure.querySelector(".chart-sources")),
    credit: `双创载体信息 · ${address}`,
  });
}

/** The picture as an SVG file's address (a blob: URL), for the figure's SVG link after a redraw. */
export function svgUrl(picture: Picture): string {
  return URL.createObjectURL(new Blob([picture.markup], { type: "image/svg+xml" }));
}

/** Saves the figure's picture as PNG. */
export async function downloadPng(figure: HTMLElement, address: string): Promise<void> {
  const picture = figurePicture(figure, address);
  if (!picture) return;
  download(await pngBlob(picture.markup, picture.width, picture.height), `${figure.id}.png`, "image/png");
}

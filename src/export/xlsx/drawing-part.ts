import { parseRef } from '../a1';
import { xmlText } from './xml-text';

// A sheet's drawing part (xl/drawings/drawingN.xml): one graphic frame per chart, anchored to
// the cells it covers, so it moves and sizes with them.

export interface ChartAnchor {
  /** Top-left and bottom-right cells, both covered. */
  from: string;
  to: string;
  /** The relationship id of the chart part in the drawing's rels. */
  relId: string;
  name: string;
}

function marker(tag: 'from' | 'to', column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function frame(anchor: ChartAnchor, id: number): string {
  const from = parseRef(anchor.from);
  const to = parseRef(anchor.to);
  return (
    // zero-based markers: the frame ends where the column and row after `to` begin
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.column - 1, from.row - 1)}${marker('to', to.column, to.row)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlText(anchor.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${anchor.relId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

export function drawingPartXml(anchors: readonly ChartAnchor[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    anchors.map((a, i) => frame(a, i + 2)).join('') +
    '</xdr:wsDr>'
  );
}

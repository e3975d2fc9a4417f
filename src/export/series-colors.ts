/** Colours of a chart's series in order: the Summary's options, the spider's inputs. */
export const SERIES_COLORS = [
  '4E79A7',
  'F28E2B',
  'E15759',
  '76B7B2',
  '59A14F',
  'EDC948',
  'B07AA1',
  'FF9DA7',
  '9C755F',
  'BAB0AC',
];

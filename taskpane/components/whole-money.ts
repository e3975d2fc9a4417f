import { formatMoney } from '../../src/index';

/** Money in whole units of the currency, as the taskpane's summaries show it. */
export const wholeMoney = (currency: string) => (v: number) => formatMoney(v, currency, 0);

import { moneyFormat } from '../../src/index';

/** Money in whole units of the currency, as the taskpane's summaries show it. */
export const wholeMoney = (currency: string) => moneyFormat(currency, 0);

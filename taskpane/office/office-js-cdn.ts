/** office.js as Microsoft hosts it; production pages load it from here (AppSource requires it). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_URL = `${OFFICE_JS_CDN}office.js`;

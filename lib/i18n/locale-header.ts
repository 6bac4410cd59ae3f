// The request header carrying the locale from the proxy to pages without params.
export const LOCALE_HEADER = "x-symetrie-locale";

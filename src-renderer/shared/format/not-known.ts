/** What a screen shows for a drama's field not known yet (a drama may be added with only its title). */
export const NOT_KNOWN = '—';

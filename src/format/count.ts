import { formatNumber } from '../i18n/messages.js';

/**
 * A cluster mark's text: "+N", with N written as the locale writes numbers ("+4,992"), as the
 * mark's spoken name writes it, so that what is seen is part of what is heard.
 */
export const moreCount = (count: number, locale: string | undefined): string => `+${formatNumber(count, locale)}`;

/** Collective campaigns: an association objects for its members under GDPR art. 80(1), on their mandate. */
package org.optout.campaign;

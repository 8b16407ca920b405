/** The catalogue of AI platforms and supervisory authorities: records, loading and cross-checks. */
package org.optout.catalogue;

/** Human-readable views of the catalogue: the per-platform opt-out guide and the platform list. */
package org.optout.guide;

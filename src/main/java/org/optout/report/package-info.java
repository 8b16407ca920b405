/** The campaign report: one self-contained HTML page of figures, SVG charts and tables, readable offline. */
package org.optout.report;

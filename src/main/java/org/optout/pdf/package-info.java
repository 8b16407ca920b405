/** PDF/A rendering of letters (openhtmltopdf on PDFBox) with the bundled DejaVu fonts, and checks of the result. */
package org.optout.pdf;

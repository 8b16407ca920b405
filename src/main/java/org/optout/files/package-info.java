/** Owner-only, atomic writing of files that hold personal data. */
package org.optout.files;

/** optout: object to AI training on your personal data under GDPR art. 21; root holds the error type and exit codes. */
package org.optout;

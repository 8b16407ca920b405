/** Cryptographic PDF signatures (PAdES B-B) of letters, the PKCS#12 keys that make them, and their verification. */
package org.optout.signing;

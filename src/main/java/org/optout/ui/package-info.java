/** What optout says to its user, in the interface language: texts and the messages feature packages return. */
package org.optout.ui;

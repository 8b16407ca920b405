/** Escalation: complaint drafts to supervisory authorities from the tracker's facts, and the evidence dossier. */
package org.optout.complaint;

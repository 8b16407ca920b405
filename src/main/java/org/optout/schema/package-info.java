/** Schema-validated reading of the project's YAML data files (catalogue entries, user profile). */
package org.optout.schema;

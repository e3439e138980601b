/**
 * Inline markup: docutils' Inliner with its exact start-string and end-string recognition rules,
 * interpreted text and the standard roles, references, targets and standalone URIs; and the role and
 * default-role directives, which define the roles a document uses.
 */
package org.kdocs.rst.inline;

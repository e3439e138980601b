/**
 * Inline markup: docutils' Inliner with its exact start-string and end-string recognition rules, interpreted text and the role registry, references, targets and standalone URIs.
 */
package org.kdocs.rst.inline;

/**
 * Review mode: reads a patch as it arrives by e-mail (git format-patch
 * output, an mbox, or a patch quoted with {@code >} in a reply), rebuilds
 * the changed files, lints them and maps the findings back to the patch's
 * own lines, optionally as a mailing-list reply.
 */
package org.kdocs.lint.patch;

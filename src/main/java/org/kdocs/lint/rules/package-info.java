/**
 * The lint rules, one class per rule, and the registry that lists them.
 * Rules read a {@link org.kdocs.lint.LintContext} (lines, title candidates,
 * markup inventory, the original) and report findings; they never throw.
 */
package org.kdocs.lint.rules;

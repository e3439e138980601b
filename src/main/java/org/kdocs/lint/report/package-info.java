/**
 * Output formats for lint findings: the one-line text form, JSON and SARIF
 * 2.1.0 (for code-scanning tools), and the mailing-list reply of review mode.
 */
package org.kdocs.lint.report;

/**
 * The command line, built with picocli: one class per subcommand. The only package that touches picocli; it reports errors as messages with file and line, never stack traces.
 */
package org.kdocs.cli;

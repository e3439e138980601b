/**
 * AsciiDoc sources through AsciidoctorJ, converted into the common site model. The only package that touches AsciidoctorJ, and the place that pays for JRuby start-up only when an AsciiDoc file is present.
 */
package org.kdocs.asciidoc;

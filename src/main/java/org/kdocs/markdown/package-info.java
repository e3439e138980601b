/**
 * Markdown sources through Flexmark, converted into the common site model. The only package that touches Flexmark.
 */
package org.kdocs.markdown;

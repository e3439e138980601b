/**
 * HTML writer: turns a transformed document tree into HTML fragments for the site builder.
 */
package org.kdocs.writers.html;

// SPDX-License-Identifier: GPL-2.0
/* Comments kernel-doc complains about, and its line handling. */

/**
 * Hello, world.
 */

/**
 * (nothing to name)
 */

/**
 * widget_odd - odd comments
 * @a:	a tab after the colon
 * @b: a description
 *      that goes on indented
 *        and further
bad line without a star
 * Note: a note
 * Note: the same section again
 * Context: any context,
 * said on two lines.
 *
 * Back in the description after the context.
 * widget_odd*/
int widget_odd(int a,
	       int b);

/**
 * widget_utf8 - déjà vu	with a tab after non-ASCII text
 * @x: naïve	value
 */
int widget_utf8(int x);

/**
 * widget_long_macro - a macro continued over lines
 * @a: first
 * @b: second
 */
#define widget_long_macro(a, \
			  b) \
	((a) + (b))

/**
 * widget_purpose_goes_on - a purpose
 *   that continues on the next line
 * @v: a value
 */
void widget_purpose_goes_on(int v);

/**
 * struct widget_inline - inline comments
 * @a: described above
 */
struct widget_inline {
	int a;
	/**
	 * no member name here
	 */
	int b;
	/**
	 * @c: first line
	 *
	 * second paragraph
	 */
	int c;
};

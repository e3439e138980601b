/* line 1 */
/* line 2 */
int widget_three(void);
int widget_four(void);

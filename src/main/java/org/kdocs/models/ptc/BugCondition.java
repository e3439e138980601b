package org.kdocs.models.ptc;

/** The BUG_ON()s of Linux 6.12 mm/page_table_check.c, numbered as in the model's specification. */
public enum BugCondition {
    SET_SLAB(1, 119, "page_table_check_set", "PageSlab(page)"),
    SET_ANON_HAS_FILE_MAPS(2, 126, "page_table_check_set", "anon page has file_map_count != 0"),
    SET_ANON_WRITABLE_SHARED(3, 127, "page_table_check_set", "anon_map_count > 1 && rw"),
    SET_FILE_HAS_ANON_MAPS(4, 129, "page_table_check_set", "file page has anon_map_count != 0"),
    SET_FILE_OVERFLOW(5, 130, "page_table_check_set", "file_map_count < 0 after increment"),
    CLEAR_SLAB(6, 79, "page_table_check_clear", "PageSlab(page)"),
    CLEAR_ANON_HAS_FILE_MAPS(7, 86, "page_table_check_clear", "anon page has file_map_count != 0"),
    CLEAR_ANON_NEGATIVE(8, 87, "page_table_check_clear", "anon_map_count < 0 after decrement"),
    CLEAR_FILE_HAS_ANON_MAPS(9, 89, "page_table_check_clear", "file page has anon_map_count != 0"),
    CLEAR_FILE_NEGATIVE(10, 90, "page_table_check_clear", "file_map_count < 0 after decrement"),
    ZERO_SLAB(11, 146, "__page_table_check_zero", "PageSlab(page)"),
    ZERO_ANON_MAPPED(12, 156, "__page_table_check_zero", "anon_map_count != 0"),
    ZERO_FILE_MAPPED(13, 157, "__page_table_check_zero", "file_map_count != 0"),
    NO_PAGE_EXT(14, 55, "get_page_table_check", "page_ext == NULL");

    public static final String FILE = "mm/page_table_check.c";

    private final int number;
    private final int line;
    private final String function;
    private final String condition;

    BugCondition(int number, int line, String function, String condition) {
        this.number = number;
        this.line = line;
        this.function = function;
        this.condition = condition;
    }

    public int number() {
        return number;
    }

    public int line() {
        return line;
    }

    public String function() {
        return function;
    }

    public String condition() {
        return condition;
    }

    public static BugCondition byNumber(int number) {
        for (BugCondition c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        throw new IllegalArgumentException("no BUG condition #" + number);
    }
}

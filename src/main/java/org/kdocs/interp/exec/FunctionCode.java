package org.kdocs.interp.exec;

import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.parse.CType;

/** A compiled function: its instructions, frame shape and where each parameter lives. */
final class FunctionCode {
    final String name;
    final CType type;
    FunctionInfo info;
    Instruction[] code;
    int slots;
    int frameBytes;
    /** Per parameter: slot index when {@code >= 0}, else the frame offset is {@code paramOffsets}. */
    int[] paramSlots;
    int[] paramOffsets;
    CType[] paramTypes;

    FunctionCode(String name, CType type) {
        this.name = name;
        this.type = type;
    }
}

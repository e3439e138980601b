package org.kdocs.specrun;

import java.util.List;

/** The model drivers kdocs ships; the spec runner and the spec-tests suite use this list. */
public final class ModelDrivers {
    private ModelDrivers() {
    }

    public static List<ModelDriver> all() {
        List<ModelDriver> drivers = new java.util.ArrayList<>(List.of(new KcsanDriver()));
        drivers.addAll(MmDriver.all());
        return List.copyOf(drivers);
    }
}

package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Symbols;

/** The compiled, immutable program: functions, the initial data image of globals and strings, symbols. */
final class Image implements Symbols {
    /** A statically allocated object with its initial bytes. */
    record Data(String name, long address, byte[] initial, String type, java.util.Set<String> attributes,
                boolean rodata) { }

    final Map<String, FunctionCode> functions = new LinkedHashMap<>();
    final Map<Long, FunctionCode> functionsByAddress = new LinkedHashMap<>();
    final List<Data> data = new ArrayList<>();
    private final Map<String, Data> dataByName = new LinkedHashMap<>();
    List<CallSite> callSites = List.of();

    void addData(Data d) {
        data.add(d);
        if (!d.rodata()) {
            dataByName.put(d.name(), d);
        }
    }

    void mapInto(Mem mem) {
        for (Data d : data) {
            Block b = mem.map(d.address(), d.initial().length, d.rodata() ? Block.Kind.RODATA : Block.Kind.GLOBAL,
                    d.name());
            System.arraycopy(d.initial(), 0, b.data, 0, d.initial().length);
        }
    }

    @Override
    public List<CallSite> callSites() {
        return callSites;
    }

    @Override
    public Optional<FunctionInfo> function(String name) {
        FunctionCode f = functions.get(name);
        return f == null ? Optional.empty() : Optional.of(f.info);
    }

    @Override
    public Optional<FunctionInfo> functionAt(long address) {
        for (FunctionCode f : functions.values()) {
            if (address >= f.info.address() && address < f.info.address() + Math.max(1, f.info.size())) {
                return Optional.of(f.info);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Variable> variable(String name) {
        Data d = dataByName.get(name);
        return d == null ? Optional.empty() : Optional.of(toVariable(d));
    }

    private static Variable toVariable(Data d) {
        return new Variable(d.name(), d.address(), d.initial().length, d.type(), d.attributes());
    }

    @Override
    public Optional<Variable> variableAt(long address) {
        for (Data d : data) {
            if (!d.rodata() && address >= d.address() && address < d.address() + Math.max(1, d.initial().length)) {
                return Optional.of(toVariable(d));
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe(long address) {
        Optional<Variable> v = variableAt(address);
        if (v.isPresent()) {
            return v.get().name() + "+0x" + Long.toHexString(address - v.get().address()) + "/0x"
                    + Integer.toHexString(v.get().size());
        }
        Optional<FunctionInfo> f = functionAt(address);
        if (f.isPresent()) {
            return f.get().name() + "+0x" + Long.toHexString(address - f.get().address()) + "/0x"
                    + Integer.toHexString(f.get().size());
        }
        return "0x" + Long.toHexString(address);
    }
}

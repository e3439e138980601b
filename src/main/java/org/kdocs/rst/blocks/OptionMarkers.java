package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/** Splits an option list marker into option nodes (docutils Body.parse_option_marker). */
final class OptionMarkers {
    private OptionMarkers() {
    }

    static List<Element> parse(String marker) {
        List<Element> options = new ArrayList<>();
        for (String optionString : PyText.rstrip(marker).split(", ", -1)) {
            List<String> tokens = new ArrayList<>(PyText.split(optionString));
            String delimiter = " ";
            String first = tokens.isEmpty() ? "" : tokens.get(0);
            int equals = first.indexOf('=');
            if (equals >= 0) {
                tokens.set(0, first.substring(0, equals));
                tokens.add(1, first.substring(equals + 1));
                delimiter = "=";
            } else if (first.length() > 2 && ((first.startsWith("-") && !first.startsWith("--"))
                    || first.startsWith("+"))) {
                tokens.set(0, first.substring(0, 2));
                tokens.add(1, first.substring(2));
                delimiter = "";
            }
            if (tokens.size() > 1 && tokens.get(1).startsWith("<") && tokens.get(tokens.size() - 1).endsWith(">")) {
                String joined = String.join(" ", tokens.subList(1, tokens.size()));
                tokens = new ArrayList<>(List.of(tokens.get(0), joined));
            }
            if (tokens.isEmpty() || tokens.size() > 2) {
                throw new ControlFlow.MarkupError("wrong number of option tokens (=" + tokens.size()
                        + "), should be 1 or 2: \"" + optionString + "\"");
            }
            Element option = new Element(NodeType.OPTION, optionString);
            option.add(Element.text(NodeType.OPTION_STRING, tokens.get(0), tokens.get(0)));
            if (tokens.size() > 1) {
                Element argument = Element.text(NodeType.OPTION_ARGUMENT, tokens.get(1), tokens.get(1));
                argument.set("delimiter", delimiter);
                option.add(argument);
            }
            options.add(option);
        }
        return options;
    }
}

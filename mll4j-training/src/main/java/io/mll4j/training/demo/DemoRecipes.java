package io.mll4j.training.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo hub as data: every class's vocabulary and every model's recipe, in build order
 * ({@code hub-demo/recipes.json}). Checked on construction: unique ids, known classes, a ConSE recipe's expert
 * listed before it.
 *
 * @param version file format version ({@value #VERSION})
 * @param classes vocabulary of every class a recipe may name
 * @param recipes the models, in build order
 */
public record DemoRecipes(int version, Map<ClassRef, ClassVocabulary> classes, List<Recipe> recipes) {
    public static final int VERSION = 1;

    public DemoRecipes {
        if (version != VERSION) {
            throw new IllegalArgumentException("recipes version " + version + " is not supported (expected " + VERSION + ")");
        }
        classes = Map.copyOf(classes);
        recipes = List.copyOf(recipes);
        Set<String> ids = new HashSet<>();
        Map<String, Recipe> seen = new LinkedHashMap<>();
        for (Recipe r : recipes) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("recipe id '" + r.id() + "' appears twice");
            }
            switch (r) {
                case Recipe.Expert e -> requireKnown(classes, e.id(), e.classes());
                case Recipe.Vlm v -> requireKnown(classes, v.id(), v.classes());
                case Recipe.Conse c -> {
                    if (!(seen.get(c.expert()) instanceof Recipe.Expert)) {
                        throw new IllegalArgumentException(c.id() + ": expert '" + c.expert()
                                + "' must be an expert recipe listed before it");
                    }
                }
                case Recipe.Import i -> { }
            }
            seen.put(r.id(), r);
        }
    }

    private static void requireKnown(Map<ClassRef, ClassVocabulary> classes, String id, List<ClassRef> refs) {
        for (ClassRef ref : refs) {
            if (!classes.containsKey(ref)) {
                throw new IllegalArgumentException(id + ": class " + ref + " has no vocabulary in the recipes' classes");
            }
        }
    }

    /** Reads and checks a recipes file; a bad one is a {@link DataException} naming the file and the problem. */
    public static DemoRecipes read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), DemoRecipes.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new DataException("Invalid recipes " + file + ": " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new DataException("Cannot read recipes " + file + ": " + e.getMessage(), e);
        }
    }

    /** The recipe with this id. */
    public Optional<Recipe> recipe(String id) {
        return recipes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The recipes with these ids, in build order; an unknown id is named. */
    public List<Recipe> select(List<String> only) {
        for (String id : only) {
            if (recipe(id).isEmpty()) {
                throw new IllegalArgumentException("no recipe '" + id + "' (known: "
                        + recipes.stream().map(Recipe::id).toList() + ")");
            }
        }
        return recipes.stream().filter(r -> only.contains(r.id())).toList();
    }
}

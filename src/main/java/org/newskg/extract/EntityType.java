package org.newskg.extract;

/** Coarse entity types, as named in the evaluation guidelines. */
public enum EntityType {
    Person, Place, Organization
}

package org.newskg.link;

/** A post between two resolved entities, with the statement it comes from. */
public record LinkedPosition(String personKey, String title, String orgKey, int start, int end) {}

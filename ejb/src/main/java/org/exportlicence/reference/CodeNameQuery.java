package org.exportlicence.reference;

import java.io.Serializable;

/** A search by code and/or name, as on the 国别（地区）代码 and 口岸代码 screens. */
public record CodeNameQuery(String code, String name) implements Serializable {}

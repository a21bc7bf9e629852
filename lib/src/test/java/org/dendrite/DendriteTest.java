package org.dendrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dendrite.device.CpuVariant;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DendriteTest {

    @Test
    void versionComesFromTheBuild() {
        assertTrue(Dendrite.version().matches("\\d+\\.\\d+\\.\\d+.*"), Dendrite.version());
    }

    @Test
    void infoReportsTheSelectedNativeVariantAndLoadsNd4j() {
        Table info = Dendrite.info();
        int row = info.stringColumn("property").indexOf("ND4J native variant");
        assertEquals(CpuVariant.select().toString(), info.stringColumn("value").get(row));
        assertEquals(CpuVariant.select().variant().extension(), System.getProperty(CpuVariant.EXTENSION_PROPERTY));
        int backend = info.stringColumn("property").indexOf("ND4J backend");
        assertEquals("CpuBackend 1.0.0-M2.1", info.stringColumn("value").get(backend));
    }
}

package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VmFlagsTest {

    @Test
    void linux612TableHasNoTwoFlagsSharingABit() {
        assertThat(VmFlags.linux612().collisions()).isEmpty();
    }

    @Test
    void historicalMinorValueCollidesWithVmLocked() {
        // [PATCH v2 5/9] userfaultfd: add minor fault registration mode (January 2021)
        VmFlags patched = VmFlags.linux612().withDefinition("VM_UFFD_MINOR", 0x00002000, "v2 patch");
        assertThat(patched.collisions()).singleElement().satisfies(c -> {
            assertThat(c.first().name()).isEqualTo("VM_LOCKED");
            assertThat(c.second().name()).isEqualTo("VM_UFFD_MINOR");
            assertThat(c.sharedBits()).isEqualTo(0x2000);
            assertThat(c.describe()).isEqualTo("VM_LOCKED (0x2000) and VM_UFFD_MINOR (0x2000) share bit 13 (0x2000)");
        });
    }

    @Test
    void bit37ForMinorWouldCollideWithTheShadowStack() {
        VmFlags v513 = VmFlags.linux612().withDefinition("VM_UFFD_MINOR", 1L << 37, "v5.13");
        assertThat(v513.collisions()).extracting(c -> c.first().name()).containsExactly("VM_SHADOW_STACK");
    }

    @Test
    void tableValuesMatchTheModelConstants() {
        VmFlags t = VmFlags.linux612();
        assertThat(t.value("VM_UFFD_MISSING")).isEqualTo(VmFlags.VM_UFFD_MISSING);
        assertThat(t.value("VM_UFFD_WP")).isEqualTo(VmFlags.VM_UFFD_WP);
        assertThat(t.value("VM_UFFD_MINOR")).isEqualTo(0x0000004000000000L);
        assertThat(t.value("VM_LOCKED")).isEqualTo(VmFlags.VM_LOCKED);
        assertThat(t.value("VM_DROPPABLE")).isEqualTo(VmFlags.VM_DROPPABLE);
        assertThat(t.value("VM_SHADOW_STACK")).isEqualTo(VmFlags.VM_SHADOW_STACK);
    }

    @Test
    void smapsMnemonicsNameTheUffdBits() {
        assertThat(VmFlags.mnemonics(VmFlags.UFFD_FLAGS | VmFlags.VM_READ)).isEqualTo("um uw ui");
    }
}

package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory/mode table of the userfaultfd chapter, as vma_can_userfault() decides it in 6.12. */
class RegistrationModesTest {

    @Test
    void minorFaultsNeedAPageCache() {
        assertThat(RegistrationModes.decide("anonymous", "MINOR")).isEqualTo("-EINVAL");
        assertThat(RegistrationModes.decide("shmem", "MINOR")).isEqualTo("0");
        assertThat(RegistrationModes.decide("hugetlbfs", "MINOR")).isEqualTo("0");
    }

    @Test
    void aRegularFileTakesNoMode() {
        for (String mode : new String[] {"MISSING", "WP", "MINOR"}) {
            assertThat(RegistrationModes.decide("file", mode)).as(mode).isEqualTo("-EINVAL");
        }
    }

    @Test
    void unknownWordsAreNotGuessed() {
        assertThat(RegistrationModes.decide("tmpfs", "MISSING")).isNull();
        assertThat(RegistrationModes.decide("shmem", "READ")).isNull();
    }
}

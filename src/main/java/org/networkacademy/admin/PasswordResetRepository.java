package org.networkacademy.admin;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByUserIdAndUsedAtIsNull(Long userId);
}

package org.networkacademy.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /**
     * The user with this e-mail address and their roles, in one query. Plain equality so that the
     * unique index on {@code email} is used; the column's collation (utf8mb4_unicode_ci) makes it
     * case-insensitive, and addresses are stored in lower case anyway.
     */
    @org.springframework.data.jpa.repository.Query("SELECT u FROM AppUser u LEFT JOIN FETCH u.roles WHERE u.email = :email")
    Optional<AppUser> findWithRolesByEmail(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByRolesContains(Role role);

    java.util.List<AppUser> findByRolesContainsOrderByDisplayName(Role role);

    java.util.List<AppUser> findByEmailInIgnoreCase(java.util.Collection<String> emails);

    @org.springframework.data.jpa.repository.Query("""
            SELECT u FROM AppUser u WHERE :q = '' OR LOWER(u.displayName) LIKE CONCAT('%', :q, '%')
               OR LOWER(u.email) LIKE CONCAT('%', :q, '%') OR LOWER(u.institution) LIKE CONCAT('%', :q, '%')""")
    org.springframework.data.domain.Page<AppUser> search(String q, org.springframework.data.domain.Pageable page);
}

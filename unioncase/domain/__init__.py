"""Pure domain layer: enums, value objects, validators and deadline rules. No I/O."""

import { z } from "zod";

export const roleSchema = z.enum(["reviewer", "lead", "admin"], { error: "Role must be reviewer, lead or admin." });

export const passwordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters.")
  .max(128, "Password must be at most 128 characters.");

export const createUserSchema = z.strictObject({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters."),
  role: roleSchema,
  password: passwordSchema,
});

export type CreateUserInput = z.infer<typeof createUserSchema>;

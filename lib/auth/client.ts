"use client";
// The browser side of better-auth: sign-in and sign-out go through its HTTP endpoints,
// where the rate limit applies.
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();

"use client";
// Signs out through next-auth (CSRF-protected POST), then lands on the sign-in page.
import { signOut } from "next-auth/react";

export function SignOutButton({ label, callbackUrl, className }: { label: string; callbackUrl: string; className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl })} className={className}>
      {label}
    </button>
  );
}

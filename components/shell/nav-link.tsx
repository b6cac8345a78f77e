"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `activeWhen` is a regular expression source matched against the path (default: the link and below). */
export function NavLink({ href, activeWhen, children }: { href: string; activeWhen?: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = activeWhen ? new RegExp(activeWhen).test(pathname) : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-indigo-50 text-indigo-900 underline decoration-2 underline-offset-4" : "text-stone-600 hover:bg-stone-100"}`}
    >
      {children}
    </Link>
  );
}
